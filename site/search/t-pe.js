briefingSearch.terms("pe",{"peninsula":[0,5,1,2],"people":[1,1],"pete":[0,1]});
