briefingSearch.terms("ar",{"army":[1,1],"around":[0,2,1,1],"art":[1,2],"artillery":[1,1]});
