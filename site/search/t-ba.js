briefingSearch.terms("ba",{"back":[0,4],"balance":[0,1],"base":[1,1]});
