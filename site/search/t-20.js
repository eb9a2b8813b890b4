briefingSearch.terms("20",{"2022":[1,1]});
